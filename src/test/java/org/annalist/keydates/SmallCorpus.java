package org.annalist.keydates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up news story as .jsonl: an assault on 2011-03-19 that later articles keep recalling, and a busy
 * newsroom day (2011-03-25) of plain statements that nobody recalls.
 */
public final class SmallCorpus {

    private SmallCorpus() {
    }

    public static Path write(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(article("2011-03-19", "cnn", "French jets struck Libyan tanks near Benghazi on Saturday, "
                + "the first strikes of the campaign. Residents said the city was quiet afterwards."));
        String[] recalls = {
            "French jets struck Libyan tanks near Benghazi on March 19, the first strikes of the campaign.",
            "Since French jets struck Libyan tanks near Benghazi on March 19, the rebels have advanced west.",
            "The air campaign began on March 19 when French jets struck Libyan tanks outside Benghazi.",
            "Rebels recalled March 19, when French jets struck tanks near Benghazi.",
        };
        String[] published = {"2011-03-21", "2011-03-28", "2011-04-06", "2011-04-20"};
        for (int i = 0; i < recalls.length; i++) {
            lines.add(article(published[i], i % 2 == 0 ? "reuters" : "cnn", recalls[i] + " Talks were planned."));
        }
        for (int i = 0; i < 6; i++) {
            lines.add(article("2011-03-25", "cnn", "The minister said on Friday that the situation was "
                    + "being watched. Officials said they were hopeful."));
        }
        Path file = dir.resolve("story.jsonl");
        Files.write(file, lines);
        return file;
    }

    private static String article(String published, String outlet, String text) {
        return "{\"published\": \"" + published + "\", \"outlet\": \"" + outlet + "\", \"text\": \"" + text + "\"}";
    }
}
