package dev.hubonboard.ui.kit;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 15: every text colour our stylesheet sets, and the focus ring, against the background it is shown
 * on, in both themes, at 4.5:1 or more (WCAG 2 AA for normal text). Computed from hub-onboard.css and the theme's
 * own colour definitions, so a change to either is measured here.
 */
class ContrastTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECL = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");

    record Rgb(double r, double g, double b) {
        double luminance() {
            return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        }

        private static double lin(double c) {
            double s = c / 255;
            return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }

        static double contrast(Rgb a, Rgb b) {
            double x = a.luminance();
            double y = b.luminance();
            return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** The theme's looked-up colours (the first definition of each, in .root). */
    private static Map<String, String> themeColours(String css) {
        Map<String, String> colours = new HashMap<>();
        Matcher m = DECL.matcher(css);
        while (m.find()) {
            if (m.group(1).startsWith("-color-")) {
                colours.putIfAbsent(m.group(1), m.group(2).strip());
            }
        }
        return colours;
    }

    /** Selector → its declarations, from our stylesheet. */
    private static Map<String, Map<String, String>> rules(String css) {
        Map<String, Map<String, String>> rules = new HashMap<>();
        Matcher r = RULE.matcher(css);
        while (r.find()) {
            Map<String, String> decls = new HashMap<>();
            Matcher d = DECL.matcher(r.group(2));
            while (d.find()) {
                decls.put(d.group(1), d.group(2).strip());
            }
            for (String selector : r.group(1).split(",")) {
                rules.computeIfAbsent(selector.strip(), k -> new HashMap<>()).putAll(decls);
            }
        }
        return rules;
    }

    /** A colour value, resolving looked-up names and laying a translucent colour over {@code under}. */
    private static Rgb colour(String value, Map<String, String> theme, Rgb under) {
        String v = value.strip();
        for (int i = 0; v.startsWith("-") && i < 10; i++) {
            v = theme.get(v);
            assertThat(v).as("colour " + value).isNotNull();
        }
        if (v.startsWith("#")) {
            int rgb = Integer.parseInt(v.substring(1), 16);
            return new Rgb(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
        }
        Matcher m = Pattern.compile("rgba\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)\\)").matcher(v);
        assertThat(m.matches()).as("a colour: " + v).isTrue();
        double a = Double.parseDouble(m.group(4));
        return new Rgb(a * Double.parseDouble(m.group(1)) + (1 - a) * under.r(),
                a * Double.parseDouble(m.group(2)) + (1 - a) * under.g(),
                a * Double.parseDouble(m.group(3)) + (1 - a) * under.b());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void everyTextColourAndTheFocusRingReadAtFourAndAHalfToOne(String which) throws IOException {
        Map<String, String> theme = themeColours(read(which.equals("light")
                ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet()));
        Map<String, Map<String, String>> ours = rules(read("/dev/hubonboard/ui/kit/hub-onboard.css"));
        Rgb page = colour("-color-bg-default", theme, null);
        Rgb subtle = colour(ours.get("#steps").get("-fx-background-color"), theme, page);
        Rgb card = colour(ours.get(".card").get("-fx-background-color"), theme, page);
        Map<String, Rgb> backgrounds = Map.of("the page", page, "the step list", subtle, "a card", card);
        List<String> tooLow = new ArrayList<>();
        for (String selector : ours.keySet()) {
            Map<String, String> d = ours.get(selector);
            for (String property : List.of("-fx-text-fill", "-fx-border-color")) {
                if (!d.containsKey(property) || selector.equals("#steps") || selector.equals(".card")) {
                    continue;
                }
                Map<String, Rgb> on = d.containsKey("-fx-background-color")
                        ? Map.of("its own background", colour(d.get("-fx-background-color"), theme, page))
                        : backgrounds;
                for (var bg : on.entrySet()) {
                    double ratio = Rgb.contrast(colour(d.get(property), theme, bg.getValue()), bg.getValue());
                    if (ratio < 4.5) {
                        tooLow.add(String.format("%s %s on %s: %.2f:1", selector, property, bg.getKey(), ratio));
                    }
                }
            }
        }
        // Text AtlantaFX colours itself and we show on those backgrounds: plain and muted text.
        for (String fg : List.of("-color-fg-default", "-color-fg-muted")) {
            for (var bg : backgrounds.entrySet()) {
                double ratio = Rgb.contrast(colour(fg, theme, bg.getValue()), bg.getValue());
                if (ratio < 4.5) {
                    tooLow.add(String.format("%s on %s: %.2f:1", fg, bg.getKey(), ratio));
                }
            }
        }
        assertThat(ours).as("the rules this test measures").containsKeys(".practice-banner", ".toned:danger",
                "#steps .step:unreached", ".button:focused");
        assertThat(tooLow).as(which + " theme").isEmpty();
    }
}
