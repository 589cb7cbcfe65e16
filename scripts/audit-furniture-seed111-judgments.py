#!/usr/bin/env python3
"""Hand judgments of docs/audit/furniture-egypt-seed111-sample.md: does each event come from page furniture?

The sample is `scripts/audit-sample.py EXTRACT.json news-dev/egypt/articles.jsonl 111` on `extract
news-dev/egypt/articles.jsonl` from branch h11-furniture (page top, bylines, transcript headers, teasers
of other posts, sentences clipped at furniture). Egypt is the validation part: the rules were written
from libya pages and pages written in the outlets' styles. Every event not listed below comes from the
article's own text (whatever else is wrong with it). Prints the table and the tally (markdown).
"""
import sys

import audit_tally

FURNITURE = {
    28: "related-link titles glued to a sentence ('Egyptian blogger helps organize protests The evolution of "
        "Egypt's protests Zakaria: ...'), mid-body",
    33: "reader comments without stamps, above a comment form ('(required, but will not be ...')",
    62: "viewers' e-mails read out in a show's transcript ('Seth writes, ...')",
    68: "reader comments without stamps ('Right on buddy and my friend!')",
}
NOTES = {
    13: "a brief of another story on a multi-story page (real text)",
    25: "the line after a headline with 'By the CNN Staff' (real text)",
    48: "byline 'January 31, 2011 | From A and B, CNN' glued to the lead; the act is the lead's",
    56: "related links glued to the line before; the passage is the story's",
    57: "an item of a news roundup (real text)",
}


def main():
    sample = open(sys.argv[1] if len(sys.argv) > 1 else "docs/audit/furniture-egypt-seed111-sample.md").read()
    audit_tally.furniture_report(sample, FURNITURE, NOTES,
                                 "(reader comments without stamps: 2; viewers' e-mails: 1; related links glued "
                                 "mid-body: 1; page top, bylines, highlights, transcript headers, blog-index "
                                 "teasers, video boxes: 0).")


if __name__ == "__main__":
    main()
