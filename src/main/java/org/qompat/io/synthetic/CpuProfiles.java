package org.qompat.io.synthetic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qompat.model.CpuInfo;

/**
 * Host CPUs of the demo and synthetic fleets that were NOT collected: typical bare-metal /proc/cpuinfo of three
 * server generations, written from their published feature sets (constructed, documented in samples/README.md).
 * The collecting machine's own CPU comes from its real /proc/cpuinfo instead.
 */
public final class CpuProfiles {

    private static final String X86_BASE = "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 "
            + "clflush mmx fxsr sse sse2 ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology "
            + "nonstop_tsc cpuid aperfmperf pni pclmulqdq monitor ssse3 fma cx16 sse4_1 sse4_2 x2apic movbe popcnt "
            + "aes xsave avx f16c rdrand lahf_lm abm 3dnowprefetch cpuid_fault fsgsbase bmi1 avx2 smep bmi2 "
            + "invpcid rdseed adx smap clflushopt xsaveopt xsavec xgetbv1 xsaves arat";

    /** Intel Xeon Gold 6338 (Ice Lake-SP). */
    public static final CpuInfo ICELAKE = new CpuInfo("GenuineIntel", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
            flags(X86_BASE + " dts acpi tm pbe est tm2 pdcm pcid dca tsc_deadline_timer epb cat_l3 cdp_l3 "
                    + "invpcid_single intel_ppin ssbd mba ibrs ibpb stibp ibrs_enhanced tpr_shadow vnmi "
                    + "flexpriority ept vpid ept_ad erms rtm cqm rdt_a avx512f avx512dq avx512ifma clwb intel_pt "
                    + "avx512cd sha_ni avx512bw avx512vl cqm_llc cqm_occup_llc cqm_mbm_total cqm_mbm_local "
                    + "split_lock_detect wbnoinvd dtherm ida pln pts avx512vbmi umip pku ospke avx512_vbmi2 gfni "
                    + "vaes vpclmulqdq avx512_vnni avx512_bitalg tme avx512_vpopcntdq la57 rdpid fsrm md_clear "
                    + "pconfig flush_l1d arch_capabilities vmx smx hle mpx"));

    /** Intel Xeon Gold 6230R (Cascade Lake-SP): AVX-512 without Ice Lake's VBMI/GFNI/VAES. */
    public static final CpuInfo CASCADELAKE = new CpuInfo("GenuineIntel",
            "Intel(R) Xeon(R) Gold 6230R CPU @ 2.10GHz",
            flags(X86_BASE + " dts acpi tm pbe est tm2 pdcm pcid dca tsc_deadline_timer epb cat_l3 cdp_l3 "
                    + "invpcid_single intel_ppin ssbd mba ibrs ibpb stibp ibrs_enhanced tpr_shadow vnmi "
                    + "flexpriority ept vpid ept_ad erms hle rtm cqm mpx rdt_a avx512f avx512dq clwb intel_pt "
                    + "avx512cd avx512bw avx512vl cqm_llc cqm_occup_llc cqm_mbm_total cqm_mbm_local dtherm ida "
                    + "pln pts pku ospke avx512_vnni md_clear flush_l1d arch_capabilities vmx smx"));

    /** AMD EPYC 7763 (Milan, Zen 3): no AVX-512. */
    public static final CpuInfo MILAN = new CpuInfo("AuthenticAMD", "AMD EPYC 7763 64-Core Processor",
            flags(X86_BASE + " mmxext fxsr_opt extd_apicid cmp_legacy svm extapic cr8_legacy sse4a misalignsse "
                    + "pcid osvw ibs skinit wdt tce topoext perfctr_core perfctr_nb bpext perfctr_llc mwaitx cpb "
                    + "cat_l3 cdp_l3 invpcid_single hw_pstate ssbd mba ibrs ibpb stibp vmmcall erms cqm rdt_a "
                    + "sha_ni clwb clzero irperf xsaveerptr rdpru wbnoinvd amd_ppin brs arat npt lbrv svm_lock "
                    + "nrip_save tsc_scale vmcb_clean flushbyasid decodeassists pausefilter pfthreshold v_vmsave_vmload "
                    + "vgif v_spec_ctrl umip pku ospke vaes vpclmulqdq rdpid overflow_recov succor smca fsrm "
                    + "cqm_llc cqm_occup_llc cqm_mbm_total cqm_mbm_local"));

    private CpuProfiles() {
    }

    public static List<CpuInfo> all() {
        return List.of(ICELAKE, CASCADELAKE, MILAN);
    }

    static Set<String> flags(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : text.trim().split("\\s+")) out.add(f);
        return out;
    }
}
