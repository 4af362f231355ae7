package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    void the_module_diagrams_are_written_to_docs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        // the relations come out in a different order each run; sorted, an unchanged design leaves no diff
        try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> relations = lines.stream()
                        .filter(l -> l.startsWith("Rel("))
                        .sorted()
                        .toList();
                List<String> sorted = new ArrayList<>();
                int next = 0;
                for (String line : lines) {
                    sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
                }
                Files.write(file, sorted);
            }
        }
        // the overview names every module and draws no edge from a lower module up to the shell
        String overview = Files.readString(Path.of("docs/modules/components.puml"));
        MODULES.forEach(module -> assertThat(overview)
                .contains("Component(Application.Application."
                        + Character.toUpperCase(module.getName().charAt(0))
                        + module.getName().substring(1) + ","));
        assertThat(overview).doesNotContain(", Application.Application.Shell,");
    }
}
