package org.annalist.project;

/** A project file that cannot be opened or saved; the message is one line fit to show the user. */
public final class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProjectException(String message) {
        super(message);
    }
}
