package org.upright;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is an application module with its API at its root; nothing reaches into
 * another module's sub-packages, and the modules form no cycle. The diagrams in docs/modules are
 * written from the same model, so they are redrawn by every build.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_have_no_cycles_and_use_only_each_others_api() {
        MODULES.verify();
    }

    @Test
    void the_module_diagrams_are_written_to_docs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
