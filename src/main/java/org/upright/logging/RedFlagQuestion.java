package org.upright.logging;

import java.util.Comparator;

/**
 * The warning signs that make upper back pain a matter for a clinician now, asked in plain words.
 * {@code summary} is what the therapist's alert says; {@code advice} is what the patient reads
 * after answering "yes", at the question's {@code urgency}.
 */
public enum RedFlagQuestion {
    NERVES(
            "Have you noticed new numbness, tingling or weakness in your legs or your body?",
            "new numbness, tingling or weakness",
            RedFlagUrgency.CLINICIAN_TODAY,
            "New numbness, tingling or weakness can mean a nerve is under pressure. Call your clinic today. "
                    + "If they cannot see you today, or your legs get weaker, go to an emergency department."),
    BALANCE_BLADDER_BOWEL(
            "Have you had new trouble keeping your balance or controlling your bladder or bowels, "
                    + "or numbness between your legs or around your bottom?",
            "trouble with balance, bladder or bowel, or numbness between the legs",
            RedFlagUrgency.EMERGENCY_DEPARTMENT_TODAY,
            "Trouble with balance, bladder or bowel control, or numbness between your legs can mean the nerves of "
                    + "the spine are pressed. Go to an emergency department today; do not wait for an appointment."),
    CONSTANT_PAIN(
            "Is your pain there all the time, getting steadily worse, or waking you up at night?",
            "constant or worsening pain, or pain at night",
            RedFlagUrgency.CLINICIAN_SOON,
            "Pain that never eases, keeps getting worse or wakes you at night should be checked. Call your clinic "
                    + "within the next day or two, and rest from the exercises until you have spoken with them."),
    GENERAL_HEALTH(
            "Do you have a fever or have you lost weight without trying, or have you ever had cancer?",
            "fever, unexplained weight loss or a history of cancer",
            RedFlagUrgency.CLINICIAN_TODAY,
            "Back pain together with a fever, weight loss you cannot explain, or a past cancer needs a doctor's "
                    + "check. Call your clinic or your doctor today. With a high fever and feeling very unwell, go to an "
                    + "emergency department."),
    CHEST(
            "Do you have chest pain or feel short of breath, or does the pain spread to your arm or jaw?",
            "chest pain, breathlessness or pain spreading to the arm or jaw",
            RedFlagUrgency.EMERGENCY_NOW,
            "Chest pain, breathlessness, or pain spreading to your arm or jaw can come from the heart or lungs. "
                    + "Call the emergency number now. Do not drive yourself and do not wait to see if it passes."),
    FALL_OR_INJURY(
            "Have you had a fall or hurt yourself recently?",
            "a recent fall or injury",
            RedFlagUrgency.CLINICIAN_TODAY,
            "After a fall or injury your back should be checked before you exercise again. Call your clinic today. "
                    + "If the pain is severe or you cannot move normally, go to an emergency department.");

    /** Most urgent first; questions of equal urgency keep the order they are asked in. */
    public static final Comparator<RedFlagQuestion> MOST_URGENT_FIRST =
            Comparator.comparing(RedFlagQuestion::urgency).thenComparing(Enum::ordinal);

    private final String question;
    private final String summary;
    private final RedFlagUrgency urgency;
    private final String advice;

    RedFlagQuestion(String question, String summary, RedFlagUrgency urgency, String advice) {
        this.question = question;
        this.summary = summary;
        this.urgency = urgency;
        this.advice = advice;
    }

    public String question() {
        return question;
    }

    public String summary() {
        return summary;
    }

    public RedFlagUrgency urgency() {
        return urgency;
    }

    public String advice() {
        return advice;
    }

    /** A "yes" here means calling emergency services now, not waiting for the clinic. */
    public boolean isEmergency() {
        return urgency == RedFlagUrgency.EMERGENCY_NOW;
    }
}
