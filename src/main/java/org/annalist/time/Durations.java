package org.annalist.time;

/**
 * Writes TIMEX3 durations: {@code P3D}, {@code PT16H}, {@code P8Y}, {@code PXY}. Hours that make
 * whole days become days, decades and centuries become years, and fractions move to a smaller unit
 * (half a decade: P5Y; half an hour: PT30M).
 */
final class Durations {

    private Durations() {
    }

    /** @param amount the number of units, NaN for a vague amount, null when unknown */
    static String of(Double amount, String unit, boolean plusHalf) {
        if (amount == null || unit == null) {
            return null;
        }
        if (amount.isNaN()) {
            return write("X", unit);
        }
        double n = amount + (plusHalf ? 0.5 : 0);
        switch (unit) {
            case "DE" -> { n *= 10; unit = "Y"; }
            case "CE" -> { n *= 100; unit = "Y"; }
            case "Q" -> { n *= 3; unit = "M"; }
            case "WE" -> { n *= 2; unit = "D"; }
            default -> { }
        }
        if (unit.equals("H") && n >= 24 && n % 24 == 0) {
            n /= 24;
            unit = "D";
        }
        for (int guard = 0; n != Math.rint(n) && guard < 3; guard++) {
            switch (unit) {
                case "Y" -> { n *= 12; unit = "M"; }
                case "M" -> { n *= 30; unit = "D"; }
                case "W" -> { n *= 7; unit = "D"; }
                case "D" -> { n *= 24; unit = "H"; }
                case "H" -> { n *= 60; unit = "MIN"; }
                case "MIN" -> { n *= 60; unit = "S"; }
                default -> guard = 3;
            }
        }
        String amountText = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
        return write(amountText, unit);
    }

    private static String write(String amount, String unit) {
        return switch (unit) {
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            case "S" -> "PT" + amount + "S";
            case "DE" -> "P" + ("X".equals(amount) ? "X" : amount) + "DE";
            case "CE" -> "P" + amount + "CE";
            default -> "P" + amount + unit;
        };
    }
}
