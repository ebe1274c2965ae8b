package eu.tibs.matching;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A company's NACE Rev. 2 codes as numbers, each with its ancestors: class 25.62 is 2562, in group 256,
 * in division 25. Section letters carry no relation matching uses and are left out.
 */
record NaceCodes(int[] classes, int[] groups, int[] divisions) {

    static NaceCodes of(Collection<String> codes) {
        var classes = new TreeSet<Integer>();
        var groups = new TreeSet<Integer>();
        var divisions = new TreeSet<Integer>();
        for (var code : codes) {
            var digits = code.replace(".", "").strip();
            if (!digits.matches("\\d{2,4}")) {
                continue;
            }
            int number = Integer.parseInt(digits);
            switch (digits.length()) {
                case 4 -> {
                    classes.add(number);
                    groups.add(number / 10);
                    divisions.add(number / 100);
                }
                case 3 -> {
                    groups.add(number);
                    divisions.add(number / 10);
                }
                default -> divisions.add(number);
            }
        }
        return new NaceCodes(toArray(classes), toArray(groups), toArray(divisions));
    }

    private static int[] toArray(Set<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean shareAny(int[] some, int[] others) {
        for (int number : some) {
            for (int other : others) {
                if (number == other) {
                    return true;
                }
            }
        }
        return false;
    }

    static String division(int division) {
        return String.format("%02d", division);
    }

    static String group(int group) {
        return String.format("%02d.%d", group / 10, group % 10);
    }

    static String classCode(int nace) {
        return String.format("%02d.%02d", nace / 100, nace % 100);
    }
}
