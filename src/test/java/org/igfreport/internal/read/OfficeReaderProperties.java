package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.igfreport.Pipeline;
import org.igfreport.ReportResult;
import org.igfreport.Limits;
import org.igfreport.ReportValidator;
import org.igfreport.internal.document.Document;

/**
 * Damaged Word and PDF files (truncated, bytes flipped) never make the checker throw, and give
 * the same result twice.
 */
class OfficeReaderProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final byte[] PDF = OfficeFixtures.pdf(OfficeFixtures.compliant(), true);
    private static final byte[] DOCX = OfficeFixtures.docx(OfficeFixtures.defective());

    @Property(tries = 50)
    void truncatedPdf(@ForAll("fractions") double keep) {
        check(Arrays.copyOf(PDF, (int) (PDF.length * keep)), "t.pdf");
    }

    @Property(tries = 50)
    void truncatedDocx(@ForAll("fractions") double keep) {
        check(Arrays.copyOf(DOCX, (int) (DOCX.length * keep)), "t.docx");
    }

    @Property(tries = 50)
    void flippedPdf(@ForAll("flips") List<Tuple.Tuple2<Double, Integer>> flips) {
        check(flip(PDF, flips), "f.pdf");
    }

    @Property(tries = 50)
    void flippedDocx(@ForAll("flips") List<Tuple.Tuple2<Double, Integer>> flips) {
        check(flip(DOCX, flips), "f.docx");
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1).ofScale(6);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Double, Integer>>> flips() {
        return Arbitraries.doubles().between(0, 0.9999).ofScale(6).tuple2()
                .map(t -> Tuple.of(t.get1(), (int) (t.get2() * 255) + 1))
                .list().ofMinSize(1).ofMaxSize(8);
    }

    private static byte[] flip(byte[] original, List<Tuple.Tuple2<Double, Integer>> flips) {
        byte[] b = original.clone();
        for (Tuple.Tuple2<Double, Integer> f : flips) {
            int at = (int) (f.get1() * b.length);
            b[at] = (byte) (b[at] ^ f.get2());
        }
        return b;
    }

    private static void check(byte[] bytes, String name) {
        Document first = Readers.forName(name).read(bytes, name, org.igfreport.internal.base.Limits.DEFAULTS);
        Document second = Readers.forName(name).read(bytes, name, org.igfreport.internal.base.Limits.DEFAULTS);
        assertThat(second).isEqualTo(first);
        assertThat(first.unreadable() || !first.rows().isEmpty()).isTrue();
        check(VALIDATOR, bytes, name);
    }

    /** End to end twice: the same result, and no internal error. */
    static void check(ReportValidator validator, byte[] bytes, String name) {
        ReportResult r1 = validator.validate(bytes, name);
        assertThat(validator.validate(bytes, name)).isEqualTo(r1);
        Pipeline.noInternalError(r1);
    }
}
