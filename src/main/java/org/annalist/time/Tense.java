package org.annalist.time;

/** The tense of the clause around an expression, as far as cue words tell. */
enum Tense { PAST, FUTURE, UNKNOWN }
