package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.text.Span;
import org.annalist.text.Token;

/**
 * Cuts an over-long "sentence" (a text without sentence punctuation, a run-on list) into pieces of
 * at most {@link #MAX_TOKENS} tokens, preferably after a comma, semicolon or dash, so that role
 * finding and dating, which compare every act with every time and actor of a sentence, stay linear
 * in the length of the text. Real sentences are far shorter and are passed through whole.
 */
final class SentencePieces {

    /** Longer than any real news sentence (a long one has about 60-80 tokens). */
    static final int MAX_TOKENS = 150;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "-", "\u2013", "\u2014", "|");

    private SentencePieces() {
    }

    /** A sentence or a piece of one, with its tokens. */
    record Piece(Span span, List<Token> tokens) {
    }

    /** Adds {@code sentence}, or its pieces, to {@code out}. */
    static void cut(List<Token> tokens, Span sentence, List<Piece> out) {
        if (tokens.size() <= MAX_TOKENS) {
            out.add(new Piece(sentence, tokens));
            return;
        }
        int first = 0;
        while (first < tokens.size()) {
            int last = Math.min(tokens.size() - 1, first + MAX_TOKENS - 1);
            if (last < tokens.size() - 1) {
                for (int i = last; i > first + MAX_TOKENS / 2; i--) {
                    if (BREAKS.contains(tokens.get(i).text())) {
                        last = i; // the break closes the piece
                        break;
                    }
                }
            }
            out.add(new Piece(new Span(tokens.get(first).start(), tokens.get(last).end()),
                    List.copyOf(tokens.subList(first, last + 1))));
            first = last + 1;
        }
    }
}
