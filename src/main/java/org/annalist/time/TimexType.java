package org.annalist.time;

/** The TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
