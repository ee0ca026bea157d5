package org.zhifa.workstation.exchange.bundle;

/** One reason a bundle was refused: the check that failed and a Chinese sentence for the user. */
public record Problem(ProblemCode code, String message) {
}
