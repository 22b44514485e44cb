package org.yieldplan.json;

/** A JSON input that could not be read; the message names the file, place and field, for a person. */
public class JsonInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JsonInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
