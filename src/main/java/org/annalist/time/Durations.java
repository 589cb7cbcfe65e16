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
        if (n == Math.rint(n)) {
            return write(Long.toString((long) n), unit);
        }
        // a fraction: whole units and the rest in the next smaller unit (2 1/2 years: P2Y6M)
        long whole = (long) Math.floor(n);
        double rest = n - whole;
        String[] smaller = switch (unit) {
            case "Y" -> new String[] {"M", "12"};
            case "M" -> new String[] {"D", "30"};
            case "W" -> new String[] {"D", "7"};
            case "D" -> new String[] {"H", "24"};
            case "H" -> new String[] {"MIN", "60"};
            case "MIN" -> new String[] {"S", "60"};
            default -> null;
        };
        if (smaller == null || rest * Double.parseDouble(smaller[1]) != Math.rint(rest * Double.parseDouble(smaller[1]))) {
            return write(Double.toString(n), unit);
        }
        String part = write(Long.toString(Math.round(rest * Double.parseDouble(smaller[1]))), smaller[0]);
        if (whole == 0) {
            return part;
        }
        String head = write(Long.toString(whole), unit);
        boolean clock = head.startsWith("PT");
        boolean partClock = part.startsWith("PT");
        return clock == partClock ? head + part.substring(clock ? 2 : 1) : head + part.substring(1);
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
