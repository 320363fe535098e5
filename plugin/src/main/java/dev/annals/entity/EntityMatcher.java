package dev.annals.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the names of a gazetteer's entities in text: token by token, longest name first. Each token is
 * looked up by its lower-cased form, so the cost is linear in the text and independent of the gazetteer's
 * size. Case must agree with the name, except that a text in capitals (a transcript's speaker label) matches.
 * Possessives ("Lukashenko’s") match because the apostrophe ends the token.
 */
public final class EntityMatcher {
    private record Name(String[] tokens, String entityId) {
    }

    private record Token(String text, int start, int end) {
    }

    private final Map<String, List<Name>> byFirstToken = new HashMap<>();

    public EntityMatcher(Gazetteer gazetteer) {
        for (Entity e : gazetteer.entities()) {
            for (String form : e.forms()) {
                String[] tokens = tokens(form).stream().map(Token::text).toArray(String[]::new);
                if (tokens.length > 0) {
                    byFirstToken.computeIfAbsent(key(tokens[0]), k -> new ArrayList<>())
                            .add(new Name(tokens, e.id()));
                }
            }
        }
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.tokens().length)
                .thenComparing(Name::entityId)));
    }

    public List<Mention> find(String text) {
        List<Token> tokens = tokens(text);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Name match = longest(tokens, i);
            if (match == null) {
                i++;
            } else {
                int last = i + match.tokens().length - 1;
                mentions.add(new Mention(tokens.get(i).start(), tokens.get(last).end(), match.entityId()));
                i = last + 1;
            }
        }
        return mentions;
    }

    private Name longest(List<Token> tokens, int i) {
        List<Name> candidates = byFirstToken.get(key(tokens.get(i).text()));
        if (candidates == null) {
            return null;
        }
        for (Name name : candidates) {
            if (matches(name, tokens, i)) {
                return name;
            }
        }
        return null;
    }

    private static boolean matches(Name name, List<Token> tokens, int i) {
        String[] want = name.tokens();
        if (i + want.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < want.length; k++) {
            Token t = tokens.get(i + k);
            if (k > 0 && !adjacent(tokens.get(i + k - 1), t)) {
                return false;
            }
            if (!sameCase(want[k], t.text())) {
                return false;
            }
        }
        return true;
    }

    /** Tokens of one name are separated by a single space or hyphen in the text, not by punctuation. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() == 1;
    }

    private static boolean sameCase(String name, String text) {
        return text.equals(name) || text.equals(name.toUpperCase(Locale.ROOT))
                || text.length() > 1 && text.equalsIgnoreCase(name) && Character.isUpperCase(text.charAt(0))
                        && Character.isLowerCase(name.charAt(0));
    }

    private static String key(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    /** Runs of letters, combining marks and digits; everything else separates tokens. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(new Token(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
