package org.annalist.keydates;

import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.export.Picture;
import org.annalist.export.View;

/** The key dates drawn as a timeline (one mark per day, headed by its summary), for PNG and SVG export. */
public final class KeyDatesPicture {

    public static final int WIDTH = 1600;

    private KeyDatesPicture() {
    }

    public static Picture of(Analysis analysis, List<KeyDate> dates) {
        return Picture.of(View.TIMELINE, analysis, KeyDateEvents.of(analysis, dates), dates.size() + " key dates");
    }
}
