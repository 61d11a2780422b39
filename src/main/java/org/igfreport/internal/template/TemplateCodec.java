package org.igfreport.internal.template;

import org.igfreport.internal.base.Texts;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in templates in a compact binary form, written at build time from
 * {@code schemas/templates/*.yaml} (each checked against the template schema on the way) and read
 * at start-up instead of the YAML: a cold JVM reads the YAML of three templates in about as long
 * as it takes to check a report, and this form in a few milliseconds. The data are the same:
 * {@code TemplateCodecTest} compares both forms.
 */
public final class TemplateCodec {

    /** The classpath resource the build writes. */
    public static final String RESOURCE = "schemas/templates/built-in.bin";

    private static final int MAGIC = 0x49474654; // "IGFT"
    private static final int VERSION = 1;

    private TemplateCodec() {
    }

    /**
     * Build step: writes the templates of a folder as {@link #RESOURCE}.
     *
     * @param args the templates folder and the file to write
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.yaml")) {
            s.forEach(files::add);
        }
        files.sort(null);
        List<Template> templates = new ArrayList<>();
        for (Path f : files) {
            templates.add(TemplateLoader.parse(Files.readString(f, StandardCharsets.UTF_8),
                    "schemas/templates/" + f.getFileName()));
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(templates, o);
        }
    }

    /**
     * @param templates the templates
     * @param out where to write them (left open)
     * @throws IOException when it cannot be written
     */
    public static void write(List<Template> templates, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(templates.size());
        for (Template t : templates) {
            d.writeUTF(t.id());
            d.writeInt(t.year());
            d.writeUTF(t.title());
            d.writeUTF(t.source());
            strings(d, t.headings());
            d.writeUTF(t.file());
            d.writeInt(t.sections().size());
            for (TemplateSection s : t.sections()) {
                d.writeUTF(s.id());
                d.writeUTF(s.label());
                strings(d, s.variants());
                d.writeUTF(s.kind().name());
                d.writeUTF(s.requirement().name());
                d.writeBoolean(s.when() != null);
                if (s.when() != null) {
                    d.writeUTF(s.when().section());
                    d.writeUTF(s.when().answered());
                }
                d.writeUTF(s.help());
                Constraints c = s.constraints();
                integer(d, c.sentencesPerItem());
                integer(d, c.paragraphsPerItem());
                range(d, c.paragraphs());
                range(d, c.items());
                range(d, c.words());
            }
        }
        d.flush();
    }

    /**
     * @param in the binary form (left open)
     * @return the templates, in the order written
     * @throws IOException when it cannot be read or is not this form
     */
    public static List<Template> read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException(Texts.format("template.not-built-in"));
        }
        int n = d.readInt();
        List<Template> templates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = d.readUTF();
            int year = d.readInt();
            String title = d.readUTF();
            String source = d.readUTF();
            List<String> headings = strings(d);
            String file = d.readUTF();
            int m = d.readInt();
            List<TemplateSection> sections = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                String sid = d.readUTF();
                String label = d.readUTF();
                List<String> variants = strings(d);
                SectionKind kind = SectionKind.valueOf(d.readUTF());
                Requirement requirement = Requirement.valueOf(d.readUTF());
                Condition when = d.readBoolean() ? new Condition(d.readUTF(), d.readUTF()) : null;
                String help = d.readUTF();
                Integer sentencesPerItem = integer(d);
                Integer paragraphsPerItem = integer(d);
                Range paragraphs = range(d);
                Range items = range(d);
                Range words = range(d);
                Constraints c = sentencesPerItem == null && paragraphsPerItem == null && paragraphs == null
                        && items == null && words == null ? Constraints.NONE
                        : new Constraints(sentencesPerItem, paragraphsPerItem, paragraphs, items, words);
                sections.add(new TemplateSection(sid, label, variants, kind, requirement, when, help, c));
            }
            templates.add(new Template(id, year, title, source, headings, sections, file));
        }
        return templates;
    }

    private static void strings(DataOutputStream d, List<String> list) throws IOException {
        d.writeInt(list.size());
        for (String s : list) {
            d.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(d.readUTF());
        }
        return list;
    }

    private static void integer(DataOutputStream d, Integer n) throws IOException {
        d.writeBoolean(n != null);
        if (n != null) {
            d.writeInt(n);
        }
    }

    private static Integer integer(DataInputStream d) throws IOException {
        return d.readBoolean() ? d.readInt() : null;
    }

    private static void range(DataOutputStream d, Range r) throws IOException {
        d.writeBoolean(r != null);
        if (r != null) {
            integer(d, r.min());
            integer(d, r.max());
        }
    }

    private static Range range(DataInputStream d) throws IOException {
        return d.readBoolean() ? new Range(integer(d), integer(d)) : null;
    }
}
