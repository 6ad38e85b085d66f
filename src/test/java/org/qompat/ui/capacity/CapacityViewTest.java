package org.qompat.ui.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.qompat.engine.plan.FleetSummary;
import org.qompat.engine.plan.StrandedVm;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.plan.DemoFleet;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.plan.PlanViewTest;

class CapacityViewTest extends PlanViewTest {

    @Override
    protected FeatureView view() {
        return new CapacityView();
    }

    @Test
    void the_dashboard_shows_the_engines_numbers_and_the_worst_blocker_on_top() {
        Label pairs = find("#metric-pairs-value");
        await("the summary", () -> !pairs.getText().equals("–"));
        VerdictGrid grid = VerdictGrid.of(DemoFleet.analysis());
        java.util.BitSet hosts = new java.util.BitSet();
        hosts.set(0, grid.hosts().size());
        FleetSummary expected = FleetSummary.of(grid, hosts, "fleet",
                org.qompat.engine.plan.MigrationDomains.migratable(grid));
        assertThat(pairs.getText()).isEqualTo(Math.round(100.0 * expected.compatiblePairs() / expected.hostPairs()) + "%");
        Label detail = find("#metric-pairs-detail");
        assertThat(detail.getText()).isEqualTo(expected.compatiblePairs() + " of " + expected.hostPairs()
                + " ordered pairs; store-1 left out");
        BarChart<Number, String> chart = find("#capacity-pareto");
        XYChart.Series<Number, String> bars = chart.getData().get(0);
        assertThat(bars.getData()).hasSize(Math.min(ParetoChart.TOP, expected.pareto().size()));
        // the chart lists bottom-up: the last bar is the biggest blocker
        XYChart.Data<Number, String> top = bars.getData().get(bars.getData().size() - 1);
        assertThat(top.getYValue()).isEqualTo(expected.pareto().get(0).label());
        assertThat(top.getXValue().longValue()).isEqualTo(expected.pareto().get(0).count());
        TableView<FleetSummary> clusters = find("#capacity-clusters");
        assertThat(clusters.getItems()).extracting(FleetSummary::scope)
                .containsExactly("cluster=east", "cluster=lab", "cluster=west");
        assertThat(lookup("Domain 1 · " + expectedLargestDomain() + " hosts").tryQuery()).isPresent();
        assertThat(lookup("Left out, they cannot migrate between any two hosts: store-1").tryQuery()).isPresent();
        // one VM's own domains: store-1 has none, every host is an island for it
        ComboBox<String> scope = find("#capacity-domain-scope");
        interact(() -> scope.getSelectionModel().select("store-1"));
        assertThat(lookup("Islands · " + DemoFleet.fleet().hosts().size() + " hosts").tryQuery()).isPresent();
        assertThat(lookup(n -> n instanceof Label && ((Label) n).getText().startsWith("Domain 1")).tryQuery())
                .isEmpty();
    }

    private int expectedLargestDomain() {
        return org.qompat.engine.plan.MigrationDomains.forMigratableVms(VerdictGrid.of(DemoFleet.analysis())).domains()
                .get(0).size();
    }

    @Test
    void draining_the_nvme_host_lists_the_stranded_vm_with_its_blocker() {
        Label pairs = find("#metric-pairs-value");
        await("the summary", () -> !pairs.getText().equals("–"));
        // the host the fleet manifest runs store-1 on (its nvme0 refuses to migrate), and how many VMs run there
        String host = DemoFleet.fleet().vm("store-1").orElseThrow().host();
        long onHost = DemoFleet.fleet().vms().stream().filter(v -> host.equals(v.host())).count();
        assertThat(onHost).as("VMs on " + host).isGreaterThan(1); // so the banner must tell them apart
        ComboBox<String> hosts = find("#drain-hosts");
        clickOn(hosts.getEditor()).write(host);
        clickOn("#drain-check");
        Label banner = find("#drain-banner");
        await("the drain result", banner::isVisible);
        assertThat(banner.getText()).isEqualTo("1 of " + onHost + " VMs would be stranded: store-1");
        TableView<StrandedVm> stranded = find("#drain-stranded");
        assertThat(stranded.getItems()).singleElement().satisfies(s -> {
            assertThat(s.vm()).isEqualTo("store-1");
            assertThat(s.blockers().get(0).label()).contains("migration-blocker");
        });
        assertThat(lookup(".table-cell").match(n -> {
            String t = ((javafx.scene.control.Labeled) n).getText();
            return t != null && t.startsWith("migration-blocker");
        }).tryQuery()).isPresent();
    }

    @Test
    void draining_a_rack_places_every_vm_and_says_so() {
        Label pairs = find("#metric-pairs-value");
        await("the summary", () -> !pairs.getText().equals("–"));
        ComboBox<String> hosts = find("#drain-hosts");
        clickOn(hosts.getEditor()).write("rack=r3");
        clickOn("#drain-check");
        Label banner = find("#drain-banner");
        await("the drain result", banner::isVisible);
        assertThat(banner.getText()).startsWith("All 1 VMs on east-r3-n09, east-r3-n10 have a destination.");
        TableView<org.qompat.engine.plan.DrainResult.Placement> placements = find("#drain-placements");
        assertThat(placements.getItems()).singleElement().satisfies(p -> {
            assertThat(p.vm()).isEqualTo("batch-1");
            assertThat(p.to()).startsWith("east-"); // its own cluster first
        });
    }
}
