#!/usr/bin/env python3
"""Hand judgments of docs/audit/furniture-egypt-sample.md: does each event come from page furniture?

The sample is `scripts/audit-sample.py` (seed 10) on `extract news-dev/egypt/articles.jsonl` from
branch h11-dates (furniture rules of issue 11, second round). Every event not listed below comes from
the article's own text (whatever else is wrong with it). Prints the table and the tally (markdown).
"""
import sys

import audit_tally

FURNITURE = {
    2: "teaser rundown of a show's segments ('Yemen's Day of Rage; Beyond the Violence in Egypt; ...')",
    11: "viewers' e-mails read out ('Paul writes, ...', 'David in Phoenix, Arizona: ...'): reader comments",
    14: "story-highlights box run into the first line ('By the CNN Wire Staff ... NEW: ...')",
    29: "blog-index teaser of another post ('FULL POST Jerry Sloan ...')",
    37: "video-box caption below an 'updated: Tue Dec 13 2011 11:22:00' stamp line (only the stamp line is excluded)",
    49: "blog-index teaser of another story ('... FULL STORY')",
    58: "story-highlights box run into the first line",
    59: "story-highlights box run into the first line",
    62: "related-link teasers glued to the sentence ('CNN ordered not to film Egypt protests At a glance: ...')",
    66: "briefs teaser of another story ('Authorities believe body found in California canal ...:')",
    67: "related-video links and highlights glued to the lead ('Analyst: Tunisia \"a little bit unique\" ...')",
}
OTHER_POST = {
    8: "another post of a multi-post blog page (MBE award)",
    9: "another post of a multi-post page (baseball)",
    23: "another post of a multi-post page (Fort Hood hearing)",
    45: "another post of a multi-post page (Fort Hood hearing)",
    72: "another post of a multi-post page (Chinese weapons report)",
}


def main():
    sample = open(sys.argv[1] if len(sys.argv) > 1 else "docs/audit/furniture-egypt-sample.md").read()
    audit_tally.furniture_report(sample, FURNITURE, OTHER_POST,
                                 "(reader comments with stamps: 0; viewers' e-mails read out in a transcript: 1). "
                                 f"From another post of a multi-post page: {len(OTHER_POST)}.")


if __name__ == "__main__":
    main()
