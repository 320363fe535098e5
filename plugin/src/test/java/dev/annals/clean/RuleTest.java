package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTest {
    private static boolean anchored(String regex) {
        return Rule.anchoredAtStart(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Test
    void onlyPatternsWhoseEveryBranchStartsAtTheBlockStartAreAnchored() {
        assertTrue(anchored("^(home|trang chủ)\\s*[»›>|/]"));
        assertTrue(anchored("^[^.!?]{1,40}( [»›] [^.!?]{1,40}){2,}$"));
        assertFalse(anchored("^\\(c\\) \\d{4}|x"), "an escaped parenthesis does not hide the top-level |");
        assertFalse(anchored("^(sign up|subscribe)|newsletter"));
        assertFalse(anchored("\\bcookies?\\b"));
        assertFalse(anchored("(?m)^menu$"));
        assertFalse(anchored("^\\Qa|b\\E"));
        assertFalse(anchored("^[a[|]]x|y"));
    }

    @Test
    void anAnchoredRuleMatchesAsASearchWould() {
        for (String regex : new String[] {"^(share|tweet)( on \\w+)?:?$", "^by (?<author>\\p{Lu}[\\p{L} ]{2,30})$",
                "^[|]x", "^(a|b)c"}) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Rule rule = new Rule("r", BlockKind.BOILERPLATE, p, 200);
            assertTrue(rule.anchored(), regex);
            for (String text : new String[] {"Share on Facebook", "tweet", "x share", "By Lucian Kim", "|x", "ac",
                    "bc", "cac", "say by John"}) {
                assertEquals(p.matcher(text).find(), rule.match(text) != null, regex + " on " + text);
            }
        }
        assertNotNull(new Rule("r", BlockKind.BOILERPLATE, Pattern.compile("^(a)|b"), 200).match("xb"));
        assertNull(new Rule("r", BlockKind.BOILERPLATE, Pattern.compile("^a"), 200).match("ba"));
    }

    @Test
    void theBuiltInRulesNeedsAreInEveryMatchSoTheyChangeNoResult() {
        String[] blocks = {"We use cookies to improve your experience. Accept all cookies", "COOKIE policy: we use them",
                "Transcript provided by NPR, Copyright NPR.", "Protesters in Minsk. Sergei Gapon / AFP via Getty Images",
                "Người biểu tình (Ảnh: Reuters)", "Svetlana Tikhanovskaya (L) and Maria Kolesnikova (R)",
                "A plain sentence with no furniture at all.", "Tikhanovskaya (left) met (photo: AP) officials"};
        int matched = 0;
        for (Rule rule : Rules.load(null)) {
            if (rule.needs() == null) {
                continue;
            }
            Rule without = new Rule(rule.id(), rule.kind(), rule.pattern(), rule.max());
            for (String b : blocks) {
                assertEquals(without.match(b) != null, rule.match(b) != null, rule.id() + " on " + b);
                matched += rule.match(b) != null ? 1 : 0;
            }
        }
        assertTrue(matched >= 5, "the sample blocks exercise the rules: " + matched);
        Rule needsX = new Rule("r", BlockKind.BOILERPLATE, Pattern.compile("y"), 200, "X");
        assertNull(needsX.match("y"), "a block without what the rule needs skips it");
        assertNotNull(needsX.match("x y"), "in any case");
    }

    @Test
    void aRuleNeedsItsPartInAnyCaseAsRegionMatchesSays() {
        String alphabet = "aAsSkKſ\u212AiIİıσΣςµΜÿŸđĐẳẲაႠǅǆǄ\uD801\uDC00\uD801\uDC28 .";
        java.util.Random random = new java.util.Random(7);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = pick(random, alphabet, 1 + random.nextInt(8));
            String part = pick(random, alphabet, 1 + random.nextInt(3));
            boolean expected = false;
            for (int i = 0; i + part.length() <= text.length(); i++) {
                expected |= text.regionMatches(true, i, part, 0, part.length());
            }
            Rule rule = new Rule("r", BlockKind.BOILERPLATE, Pattern.compile(""), 100, part);
            assertEquals(expected, rule.match(text) != null, "'" + part + "' in '" + text + "'");
            found += expected ? 1 : 0;
        }
        assertTrue(found > 1_000, "the cases include matches: " + found);
    }

    private static String pick(java.util.Random random, String alphabet, int length) {
        int[] points = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return out.toString();
    }
}
