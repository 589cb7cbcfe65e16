package org.annalist.time;

import java.util.List;

/** Error listing with context, for rule development: {@code TempEvalDump KIND REGEX}. */
public final class TempEvalDump {

    public static void main(String[] args) throws Exception {
        java.util.regex.Pattern filter = java.util.regex.Pattern.compile(args.length > 1 ? args[1] : ".*",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        for (TempEvalCorpus.Document d : TempEvalCorpus.load(TempEvalCorpus.folder())) {
            List<TimeExpression> found = TimeTagger.standard().tag(d.text(), d.dct());
            TempEvalScore s = new TempEvalScore();
            s.add(d, found);
            for (TempEvalScore.Error e : s.errors) {
                String t = e.gold().isEmpty() ? e.system() : e.gold();
                if (!e.kind().equals(args[0]) || !filter.matcher(t).find()) {
                    continue;
                }
                int at = e.at();
                String ctx = at < 0 ? "" : d.text().substring(Math.max(0, at - 90), Math.min(d.text().length(), at + t.length() + 40)).replaceAll("\\s+", " ");
                System.out.printf("%s [%s|%s] %s  ... %s%n", d.dct(), e.gold(), e.system(), e.detail(), ctx);
            }
        }
    }
}
