package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The bit-vector LCS gives the classic table's answers for any match matrix. */
class LcsProperties {

    @Property(tries = 3000)
    void bitVectorRowsEqualTheClassicTable(@ForAll @Size(min = 1, max = 12) List<Long> rows,
                                           @ForAll @IntRange(min = 1, max = 63) int m) {
        int n = rows.size();
        long low = (1L << m) - 1;
        int[][] dp = new int[n + 1][m + 1];
        long v = Lcs.START;
        for (int i = 1; i <= n; i++) {
            long matches = rows.get(i - 1) & low;
            for (int j = 1; j <= m; j++) {
                boolean eq = (matches & (1L << (j - 1))) != 0;
                dp[i][j] = eq ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
            }
            v = Lcs.step(v, matches);
            assertThat(Lcs.length(v, m)).as("row %d", i).isEqualTo(dp[i][m]);
        }
        int end = m;
        while (end > 1 && dp[n][end - 1] == dp[n][m]) {
            end--;
        }
        assertThat(Lcs.end(v, m)).isEqualTo(end);
    }

    @Property(tries = 200)
    void sparseMatchesToo(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 62) Integer> positions,
                          @ForAll @IntRange(min = 1, max = 63) int m) {
        // one matching text word per label word: the common case of label matching
        List<Long> rows = positions.stream().map(p -> 1L << p).toList();
        bitVectorRowsEqualTheClassicTable(rows, m);
    }
}
