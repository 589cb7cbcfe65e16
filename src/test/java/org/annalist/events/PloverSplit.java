package org.annalist.events;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed split of {@code shared/data/plover-dev/records.json} into a part rules may be tuned
 * on and a part that only measures. A record's half is the parity of the CRC-32 of its
 * {@code text} (UTF-8): even is TUNE (81 records), odd is VALIDATION (80). The rule depends on
 * nothing but the sentence, so it is stable across file order and reruns.
 */
public enum PloverSplit {
    TUNE, VALIDATION, ALL;

    /** True when the record with this sentence belongs to this half. */
    public boolean holds(String text) {
        if (this == ALL) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        boolean even = crc.getValue() % 2 == 0;
        return this == TUNE ? even : !even;
    }
}
