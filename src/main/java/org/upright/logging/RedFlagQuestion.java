package org.upright.logging;

/**
 * The warning signs that make upper back pain a matter for a clinician now, asked in plain words.
 * {@code summary} is what the therapist's alert says.
 */
public enum RedFlagQuestion {
    NERVES("Have you noticed new numbness, tingling or weakness in your legs or your body?",
        "new numbness, tingling or weakness"),
    BALANCE_BLADDER_BOWEL("Have you had new trouble keeping your balance, or controlling your bladder or bowels?",
        "trouble with balance, bladder or bowel"),
    CONSTANT_PAIN("Is your pain there all the time, getting steadily worse, or waking you up at night?",
        "constant or worsening pain, or pain at night"),
    GENERAL_HEALTH("Do you have a fever or have you lost weight without trying, or have you ever had cancer?",
        "fever, unexplained weight loss or a history of cancer"),
    CHEST("Do you have chest pain or feel short of breath, or does the pain spread to your arm or jaw?",
        "chest pain, breathlessness or pain spreading to the arm or jaw"),
    FALL_OR_INJURY("Have you had a fall or hurt yourself recently?", "a recent fall or injury");

    private final String question;
    private final String summary;

    RedFlagQuestion(String question, String summary) {
        this.question = question;
        this.summary = summary;
    }

    public String question() {
        return question;
    }

    public String summary() {
        return summary;
    }

    /** A "yes" here means calling emergency services now, not waiting for the clinic. */
    public boolean isEmergency() {
        return this == CHEST;
    }
}
