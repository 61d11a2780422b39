package org.igfreport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;

/**
 * Writes synthetic IGF workshop reports with the variety the checker meets: the 2015, 2016 and
 * 2017 templates (their labels and, now and then, a label variant), the text shapes of
 * {@code examples/shapes/} (label and colon, label on its own line, hard-wrapped, bullets, a
 * two-column table saved as text) and Markdown, and the usual defects (key issues of several
 * sentences, missing sections, speakers without affiliation, too many or too few paragraphs).
 * Deterministic for a seed.
 *
 * <pre>java -cp target/benchmarks.jar org.igfreport.bench.Corpus DIR N [md|txt|mixed] [bytes] [seed]</pre>
 */
public final class Corpus {

    /** The layouts a report may have. */
    public enum Shape { COLON, OWN_LINE, WRAPPED, BULLETS, TABLE, MARKDOWN }

    private static final String[] NAMES = {"Maria Lopez", "Ahmed Khan", "Dr. Ana Silva", "Jane Doe", "John Smith",
        "Wei Zhang", "Fatou Diallo", "Olga Petrova", "Prof. Kwame Mensah", "Priya Nair", "Lucas Martin", "Aiko Tanaka"};
    private static final String[] ORGS = {"Ministry of ICT, Colombia", "University of Lahore", "UNESCO",
        "Internet Society", "APC", "ICANN", "Council of Europe", "Access Now", "ITU", "Google", "CIS India",
        "Research ICT Africa"};
    private static final String[] SUBJECTS = {"Community networks", "Regulators", "Civil society groups",
        "Small operators", "Universal service funds", "Local governments", "Several speakers", "The moderator",
        "A participant from Kenya", "Researchers at the U.N. University", "Women-led networks", "Donors"};
    private static final String[] VERBS = {"connect", "argued for", "warned against", "described", "questioned",
        "called for", "reported on", "depend on", "proposed", "compared"};
    private static final String[] OBJECTS = {"licence-exempt spectrum in rural areas", "backhaul costs of approx. 2.5% of revenue",
        "training for local technicians", "data protection rules, e.g. the GDPR", "open standards and interoperability",
        "a rights-based approach to cybersecurity", "matching grants for new networks",
        "gender data in future surveys (see https://www.intgovforum.org/)", "multistakeholder processes at the IGF",
        "content moderation by large platforms", "affordable access for 3.8 billion people", "the Dynamic Coalition's case studies"};
    private static final String[] TAILS = {"", " in Latin America", " since 2016", " at the national level",
        " without notice", " as Mr. Khan noted", " for the next two years", ", i.e. before the next IGF"};

    private final Random rnd;

    /** @param seed the random seed */
    public Corpus(long seed) {
        this.rnd = new Random(seed);
    }

    /**
     * @param args DIR N [md|txt|mixed] [bytes] [seed]
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Corpus DIR N [md|txt|mixed] [bytes] [seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String kind = args.length > 2 ? args[2] : "mixed";
        int bytes = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        Files.createDirectories(dir);
        Corpus c = new Corpus(seed);
        long total = 0;
        for (int i = 0; i < n; i++) {
            Shape shape = switch (kind) {
                case "md" -> Shape.MARKDOWN;
                case "txt" -> Shape.values()[c.rnd.nextInt(Shape.values().length - 1)];
                default -> Shape.values()[c.rnd.nextInt(Shape.values().length)];
            };
            String text = c.report(c.template(), shape, bytes);
            String name = String.format("report-%05d.%s", i, shape == Shape.MARKDOWN ? "md" : "txt");
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name), b);
            total += b.length;
        }
        System.out.printf("%d reports, %.1f MB in %s%n", n, total / 1e6, dir);
    }

    /** @return one of the built-in templates, at random */
    public Template template() {
        List<Template> all = Templates.builtIn().all();
        return all.get(rnd.nextInt(all.size()));
    }

    /**
     * @param t the template
     * @param shape the layout
     * @param size about how many characters the report should have
     * @return the report's text
     */
    public String report(Template t, Shape shape, int size) {
        List<TemplateSection> sections = new ArrayList<>(t.sections());
        boolean defective = rnd.nextInt(10) < 3;
        if (defective && rnd.nextBoolean()) {
            sections.remove(rnd.nextInt(sections.size()));
        }
        // the prose sections share what is left of the size once the rest is written
        int prose = (int) sections.stream().filter(s -> s.kind() == SectionKind.PROSE).count();
        int fixed = 2200;
        int perProse = Math.max(200, (size - fixed) / Math.max(1, prose));
        StringBuilder sb = new StringBuilder(size + 1024);
        String heading = t.headings().isEmpty() ? t.title() : t.headings().get(0);
        sb.append(shape == Shape.MARKDOWN ? "# " : "").append(heading).append("\n\n");
        for (TemplateSection s : sections) {
            String label = s.variants().isEmpty() || rnd.nextInt(8) > 0 ? s.label()
                    : s.variants().get(rnd.nextInt(s.variants().size()));
            List<String> paras = content(s, defective, perProse);
            write(sb, shape, label, s.kind().isSingleValue(), paras);
        }
        return sb.toString();
    }

    private List<String> content(TemplateSection s, boolean defective, int proseSize) {
        List<String> out = new ArrayList<>();
        switch (s.kind()) {
            case TEXT -> out.add(s.id().equals("session_title") ? "Community Networks and " + pick(OBJECTS)
                    : pick(ORGS) + " and " + pick(ORGS));
            case DATE -> out.add(pick(new String[] {"19 December 2017", "2016-12-08", "Tuesday, 10 November 2015",
                "December 19th", "tbd"}));
            case TIME -> out.add(pick(new String[] {"10:00-11:30", "15:00 - 16:30", "9 am to 10.30 am", "morning"}));
            case PERSON -> out.add(pick(NAMES) + ", " + pick(ORGS));
            case PEOPLE -> {
                for (int i = 0, n = 3 + rnd.nextInt(4); i < n; i++) {
                    out.add(pick(NAMES) + (defective && i == 1 ? "" : " (" + pick(ORGS) + ")"));
                }
            }
            case ITEMS -> {
                for (int i = 0, n = 2 + rnd.nextInt(3); i < n; i++) {
                    int sentences = defective && rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(2) : 1;
                    out.add(sentences(sentences));
                }
            }
            case PRESENTATIONS -> {
                for (int i = 0, n = rnd.nextInt(3); i < n; i++) {
                    out.add("Presentation " + (i + 1) + " (" + pick(NAMES) + "): " + sentences(3 + rnd.nextInt(3)));
                }
            }
            case PROSE -> {
                int paras = defective && rnd.nextBoolean() ? 2 + rnd.nextInt(3) : 3;
                for (int i = 0; i < paras; i++) {
                    StringBuilder p = new StringBuilder();
                    while (p.length() < proseSize / paras) {
                        p.append(p.length() == 0 ? "" : " ").append(sentence());
                    }
                    out.add(p.toString());
                }
            }
            case PARTICIPANTS -> out.add(defective ? "Many, with " + (3 + rnd.nextInt(5)) + " speakers."
                    : "About " + (20 + rnd.nextInt(100)) + " participants attended.");
            case WOMEN -> out.add("About " + (5 + rnd.nextInt(30)) + " women were present.");
            case EXTENT -> out.add(pick(new String[] {"Gender was discussed briefly.", "Not at all.",
                "It was a main theme of the session."}));
            case SUMMARY -> out.add(sentences(2));
            default -> out.add(sentence());
        }
        return out;
    }

    private void write(StringBuilder sb, Shape shape, String label, boolean single, List<String> paras) {
        switch (shape) {
            case MARKDOWN -> {
                if (single) {
                    sb.append("**").append(label).append(":** ").append(paras.get(0)).append("  \n");
                    return;
                }
                sb.append("\n## ").append(label).append("\n\n");
                boolean list = label.startsWith("List") || label.startsWith("Key");
                int k = 1;
                for (String p : paras) {
                    sb.append(list ? (label.startsWith("Key") ? k++ + ". " : "- ") : "").append(wrap(p, 80))
                            .append(list ? "\n" : "\n\n");
                }
                sb.append('\n');
            }
            case TABLE -> {
                List<String> left = List.of(wrap(label, 28).split("\n"));
                List<String> right = new ArrayList<>();
                for (int i = 0; i < paras.size(); i++) {
                    right.addAll(List.of(wrap(paras.get(i), 70).split("\n")));
                    if (!single && i + 1 < paras.size() && paras.get(i).length() > 200) {
                        right.add("");
                    }
                }
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    sb.append(i < left.size() ? left.get(i) : "").append('\t')
                            .append(i < right.size() ? right.get(i) : "").append('\n');
                }
            }
            default -> {
                boolean own = shape != Shape.COLON || !single;
                sb.append(label).append(own && !single ? "\n" : ": ");
                if (!own || single) {
                    sb.append(paras.get(0)).append('\n');
                    return;
                }
                for (String p : paras) {
                    String body = shape == Shape.WRAPPED ? wrap(p, 72) : p;
                    sb.append(shape == Shape.BULLETS ? "• " : "").append(body).append('\n');
                    if (shape != Shape.BULLETS) {
                        sb.append('\n');
                    }
                }
                sb.append('\n');
            }
        }
    }

    private String sentences(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(sentence());
        }
        return sb.toString();
    }

    private String sentence() {
        String s = pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + pick(TAILS);
        return s + (rnd.nextInt(8) == 0 ? "?" : ".");
    }

    private static String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int col = 0;
        for (String w : text.split(" ")) {
            if (col > 0 && col + 1 + w.length() > width) {
                sb.append('\n');
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(w);
            col += w.length();
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
