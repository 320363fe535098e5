package dev.annals.build;

/** A problem that stops the build or skips an input; carries the file and line when it has them. */
public class AnnalsException extends RuntimeException {
    private final transient Problem problem;

    public AnnalsException(String message) {
        this(message, (Throwable) null);
    }

    public AnnalsException(String message, Throwable cause) {
        super(message, cause);
        this.problem = Problem.error(null, 0, message);
    }

    public AnnalsException(String file, int line, String message) {
        this(file, line, message, null);
    }

    public AnnalsException(String file, int line, String message, Throwable cause) {
        super(Problem.error(file, line, message).toString(), cause);
        this.problem = Problem.error(file, line, message);
    }

    public Problem problem() {
        return problem;
    }
}
