package org.igfreport.template;

/**
 * An inclusive range of counts; either end may be open ({@code null}).
 *
 * @param min the least allowed, or {@code null}
 * @param max the most allowed, or {@code null}
 */
public record Range(Integer min, Integer max) {
    /** @param n a count
     *  @return whether the count is in range */
    public boolean contains(int n) {
        return (min == null || n >= min) && (max == null || n <= max);
    }

    /** @return the range as people write it: "3", "at least 1", "at most 3", "1 to 3" */
    public String describe() {
        if (min != null && min.equals(max)) {
            return String.valueOf(min);
        }
        if (min == null) {
            return "at most " + max;
        }
        if (max == null) {
            return "at least " + min;
        }
        return min + " to " + max;
    }
}
