package org.qompat.ui.common;

import javafx.stage.Window;

/** A command another feature plugs into the main window's menus (Export…, Presentation mode). */
public interface ShellAction {

    /** Runs on the FX thread; long work belongs in a background task the action starts itself. */
    void run(AppModel model, Window owner);
}
