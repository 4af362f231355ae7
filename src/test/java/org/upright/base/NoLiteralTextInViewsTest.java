package org.upright.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No view builds user-facing text from a string literal: components, labels, helper texts,
 * notifications, dialogs, page and menu titles take their words from the message bundles. A literal
 * without letters (" · ", " "), a message key or a colour is fine. The scan covers every class that
 * imports a Vaadin component, in any package: the pages of patients, therapists and admins alike.
 */
class NoLiteralTextInViewsTest {

    /** Every class that builds components: the views and their parts, in any package. */
    static final Path SOURCES = Path.of("src/main/java");

    /** Literals that are not words for people: link targets, ids, a route parameter, an English constant for tests. */
    static final List<String> ALLOWED = List.of(
            "new Anchor(\"mailto:\"",
            "new Anchor(\"tel:\"",
            "new Anchor(\"account/password\"",
            "static final String TITLE = \"Not found or not allowed\"",
            "static final String MAIN_ID = \"main-content\"",
            "static final String PATIENT_ID = \"patientId\"");

    private static final Pattern TEXT_WITH_A_LITERAL = Pattern.compile(
            "(new\\s+(Text|Span|Paragraph|H[1-6]|Button|ListItem|Anchor|Details|Checkbox|NativeLabel|Div"
                    + "|ConfirmDialog|TextField|IntegerField|NumberField|TextArea|DatePicker|PasswordField|EmailField"
                    + "|CheckboxGroup|RadioButtonGroup|Select|ComboBox|MultiSelectComboBox|SideNavItem|Tab)"
                    + "(<[^>]*>)?\\s*\\("
                    + "|\\.(setLabel|setText|setHelperText|setPlaceholder|setErrorMessage|setAriaLabel|setTitle"
                    + "|setHeader|setConfirmText|setCancelText|setRejectText|setPageTitle|setTooltipText)\\s*\\("
                    + "|Notification\\.show\\s*\\("
                    + "|@PageTitle\\s*\\("
                    + "|static final String \\w+\\s*=\\s*)"
                    + "\\s*\"([^\"]*)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\s*\\(\\s*title\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");
    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z0-9_-]+)+");

    @Test
    void every_view_takes_its_words_from_the_bundles() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> views;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            views = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(NoLiteralTextInViewsTest::buildsComponents)
                    .toList();
        }
        // the scan must reach the views of every role, or it proves nothing
        assertThat(views)
                .extracting(Path::toString)
                .anyMatch(f -> f.endsWith("TodayView.java"))
                .anyMatch(f -> f.endsWith("CaseloadView.java"))
                .anyMatch(f -> f.endsWith("UsersView.java"))
                .anyMatch(f -> f.endsWith("MainLayout.java"));
        views.forEach(f -> scan(f, found));
        assertThat(found).isEmpty();
    }

    @Test
    void the_scan_finds_a_literal_when_there_is_one() {
        List<String> found = new ArrayList<>();
        scanText(
                "X.java",
                "add(new Span(\"Hello\"));\nfield.setHelperText(\"Type here\");\n"
                        + "@Menu(title = \"My data\", order = 1)\nadd(new Span(\" · \"));",
                found);
        assertThat(found).hasSize(3);
    }

    private static boolean buildsComponents(Path file) {
        try {
            return Files.readString(file).contains("import com.vaadin.flow.component.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scan(Path file, List<String> found) {
        try {
            scanText(file.toString(), Files.readString(file), found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scanText(String name, String source, List<String> found) {
        // a message key is a literal too, but not words for people
        Matcher m = TEXT_WITH_A_LITERAL.matcher(source);
        while (m.find()) {
            String literal = m.group(m.groupCount());
            String context = source.substring(m.start(), Math.min(source.length(), m.end()));
            if (literal.chars().noneMatch(Character::isLetter)
                    || KEY.matcher(literal).matches()
                    || COLOUR.matcher(literal).matches()
                    || ALLOWED.stream().anyMatch(context::startsWith)) {
                continue;
            }
            found.add(name + ": " + context);
        }
        Matcher menu = MENU_TITLE.matcher(source);
        while (menu.find()) {
            if (!KEY.matcher(menu.group(1)).matches()) {
                found.add(name + ": " + menu.group());
            }
        }
    }
}
