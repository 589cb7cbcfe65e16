package org.annalist.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger writing to the {@link LogSink}: INFO and above (DEBUG with -Dannalist.debug=true). */
final class SinkLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;
    private static final boolean DEBUG = Boolean.getBoolean("annalist.debug");

    SinkLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return DEBUG;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
        String message = MessageFormatter.basicArrayFormat(pattern, args);
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        LogSink.write(level.name(), shortName, message, t);
    }
}
