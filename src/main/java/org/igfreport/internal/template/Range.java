package org.igfreport.internal.template;

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

}
