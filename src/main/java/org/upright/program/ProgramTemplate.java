package org.upright.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "program_template")
public class ProgramTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private @Nullable String description;

    @Column(name = "built_in")
    private boolean builtIn;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("phaseNumber")
    private List<TemplatePhase> phases = new ArrayList<>();

    @Version
    private long version;

    protected ProgramTemplate() {
        this.code = "";
        this.name = "";
    }

    ProgramTemplate(String code, String name, @Nullable String description) {
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("template not saved yet");
        }
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public List<TemplatePhase> getPhases() {
        return phases;
    }

    public TemplatePhase phase(int number) {
        return phases.stream()
                .filter(p -> p.getPhaseNumber() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + number));
    }

    public int phaseCount() {
        return phases.size();
    }
}
