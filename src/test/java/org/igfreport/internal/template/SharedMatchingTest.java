package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.Readers;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of detection change nothing: labels found through another template's
 * alignment of the same wording ({@link LabelIndex.Memo}) are those each template finds on
 * its own, and a template skipped for its {@link Detector#maxScore} could not have won.
 * Over every report of the seeds, the examples, the rendering matrix (Markdown, Word, PDF and
 * its text) and the 2018/2019 session fixtures.
 */
class SharedMatchingTest {

    private static List<Document> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"seeds", "examples/reports", "examples/shapes", "examples/office",
            "src/test/resources/rendering", "src/test/resources/templates2018-2019"}) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(Files::isRegularFile).filter(p -> Readers.isReport(p.toString()))
                        .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".yaml"))
                        .sorted().forEach(files::add);
            }
        }
        List<Document> docs = new ArrayList<>();
        for (Path p : files) {
            Document d = Readers.forName(p.toString()).read(Files.readAllBytes(p), p.toString(), Limits.DEFAULTS);
            if (!d.unreadable() && !d.isStructured()) {
                docs.add(d);
            }
        }
        assertThat(docs).hasSizeGreaterThan(40);
        return docs;
    }

    @Test
    void labelsFoundForAllTemplatesOfADocumentAreThoseOfEachTemplateAlone() throws IOException {
        List<Template> templates = Templates.builtIn().all();
        int shared = 0;
        for (Document d : documents()) {
            Mapper.RowView together = new Mapper.RowView(d.rows());
            for (Template t : templates) {
                Mapper.Located alone = Mapper.locate(d, t, new Mapper.RowView(d.rows()));
                Mapper.Located withOthers = Mapper.locate(d, t, together);
                assertThat(withOthers.matches()).as(d.name() + " on " + t.id()).isEqualTo(alone.matches());
                assertThat(withOthers.score()).as(d.name() + " on " + t.id()).isEqualTo(alone.score());
                shared += alone.matches().size();
            }
        }
        assertThat(shared).isGreaterThan(500);
    }

    @Test
    void noTemplateScoresAboveItsBound() throws IOException {
        for (Document d : documents()) {
            for (Template t : Templates.builtIn().all()) {
                Mapper.Located l = Mapper.locate(d, t, new Mapper.RowView(d.rows()));
                assertThat(l.score()).as(d.name() + " on " + t.id()).isLessThanOrEqualTo(Detector.maxScore(t));
            }
        }
    }

    /** The 2018 and 2019 forms have no headings: their bound is finite, and below a full 2017 report's score. */
    @Test
    void aTemplateThatCannotWinIsNotNeededToDetect() throws IOException {
        List<Template> templates = Templates.builtIn().all();
        int skippable = 0;
        for (Document d : documents()) {
            // the choice among all templates, every one located (as before the shortcut)
            Mapper.Located best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Template t : templates) {
                Mapper.Located l = Mapper.locate(d, t, new Mapper.RowView(d.rows()));
                double s = l.score() - 0.5 * missing(t, l);
                if (best != null && Detector.maxScore(t) + 1e-9 < bestScore - 1e-9) {
                    skippable++;
                }
                if (best == null || s > bestScore + 1e-9 || (s >= bestScore - 1e-9
                        && (missing(t, l) != missing(best.template(), best) ? missing(t, l) < missing(best.template(), best)
                                : t.year() > best.template().year()))) {
                    best = l;
                    bestScore = s;
                }
            }
            Detector.Detection detection = Detector.detect(d, templates);
            assertThat(detection.closest().template().id()).as(d.name()).isEqualTo(best.template().id());
            assertThat(detection.closest().score()).as(d.name()).isEqualTo(best.score());
        }
        assertThat(skippable).as("documents on which a template was skipped").isGreaterThan(10);
    }

    private static int missing(Template t, Mapper.Located l) {
        int n = 0;
        for (TemplateSection s : t.sections()) {
            if (s.requirement() == Requirement.REQUIRED && !l.found().contains(s.id())) {
                n++;
            }
        }
        return n;
    }
}
