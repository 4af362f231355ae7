-- The built-in exercise library and the template "Upper back pain: walking and stretches".
-- Reference data, present in every install; clinics add their own beside it.

INSERT INTO exercise (code, name, kind, instructions, cautions, default_hold_seconds, default_reps, default_sets,
                      default_minutes, icon, built_in) VALUES
('WALK', 'Relaxed walk', 'WALK',
 'Walk at an easy, comfortable pace on level ground. Let your arms swing freely and keep your shoulders loose. Leave heavy bags at home: carry nothing heavier than a phone or keys. Doing it every day matters more than going far or fast.',
 'Slow down or stop if the pain in your back gets clearly worse while walking.',
 NULL, NULL, NULL, 30, 'vaadin:walking', TRUE),
('FORWARD_HANG', 'Standing forward hang', 'STRETCH',
 'Stand with your feet about a foot (30 cm) apart and your knees a little bent. Slowly roll forward and let your upper body hang towards the floor. Let your head, neck, shoulders and arms go completely loose. It does not matter whether your hands reach the floor. To come back up, bend your knees a bit more, keep your back rounded and your chin tucked in, and uncurl slowly until you are standing.',
 'If it hurts, warm up with a longer walk first and try again later. Come up slowly to avoid feeling dizzy.',
 20, 3, 1, NULL, 'vaadin:arrow-down', TRUE),
('SUPPORTED_HANG', 'Supported forward hang', 'STRETCH',
 'Stand as for the forward hang, knees bent, and lean forward until your elbows rest on your thighs just above the knees. Let your head and neck relax downwards. Your legs now carry part of your weight, so your back can let go while your upper spine stretches. A few soft clicks between the shoulder blades are normal.',
 'A gentler choice than the standing forward hang on a stiff or sore day.',
 20, 3, 1, NULL, 'vaadin:arrows-long-down', TRUE),
('CHIN_TO_CHEST', 'Chin to chest', 'STRETCH',
 'Stand tall with your shoulders relaxed. Slowly lower your chin towards your chest, hold it there while you count to five, then slowly lift your head back up.',
 'Leave this one out if you have injured your neck.',
 5, 5, 1, NULL, 'vaadin:arrow-circle-down-o', TRUE),
('SHOULDER_BLADE_SQUEEZE', 'Shoulder blade squeeze', 'STRENGTH',
 'Sit or stand tall with your arms by your sides. Draw your shoulder blades back and slightly down, as if to hold a pencil between them. Hold, then relax fully.',
 'Keep your shoulders away from your ears and breathe normally.',
 5, 10, 2, NULL, 'vaadin:compress', TRUE),
('WALL_ANGEL', 'Wall slide', 'STRENGTH',
 'Stand with your back against a wall, feet a little forward. Raise your arms to shoulder height with elbows bent and the backs of your hands towards the wall. Slowly slide your arms up as far as is comfortable and back down.',
 'Only go as high as you can without your lower back arching away from the wall.',
 NULL, 8, 2, NULL, 'vaadin:expand-full', TRUE),
('PRONE_Y_RAISE', 'Lying Y raise', 'STRENGTH',
 'Lie face down with a folded towel under your forehead and your arms stretched overhead in a Y shape, thumbs up. Lift both arms a few centimetres off the floor by drawing your shoulder blades down, hold briefly and lower slowly.',
 'Small, controlled lifts are enough; stop if you feel pain in the neck.',
 3, 8, 2, NULL, 'vaadin:arrow-up', TRUE),
('BAND_ROW', 'Band row', 'STRENGTH',
 'Fix an exercise band at chest height. Hold one end in each hand with your arms straight in front of you, then pull your elbows back close to your body, squeezing your shoulder blades together. Return slowly.',
 'Choose a band you can pull ten times with good form.',
 NULL, 10, 2, NULL, 'vaadin:exchange', TRUE);

INSERT INTO exercise_contraindication (exercise_id, code)
SELECT id, 'NECK_INJURY' FROM exercise WHERE code = 'CHIN_TO_CHEST';

INSERT INTO program_template (code, name, description, built_in) VALUES
('UPPER_BACK_WALK_STRETCH', 'Upper back pain: walking and stretches',
 'A walking base every day for at least a week, then gentle stretches after a warm-up walk, then strengthening exercises chosen by the therapist.',
 TRUE);

INSERT INTO template_phase (template_id, phase_number, name, description, min_days, walks_per_day, minutes_per_walk,
                            stretch_sessions_per_day, warm_up_minutes)
SELECT id, 1, 'Walking base',
       'Walk every day at a relaxed pace. Being consistent matters more than how far you go.',
       7, 2, 30, 0, 0 FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH';
INSERT INTO template_phase (template_id, phase_number, name, description, min_days, walks_per_day, minutes_per_walk,
                            stretch_sessions_per_day, warm_up_minutes)
SELECT id, 2, 'Gentle stretches',
       'Keep walking every day. Start every stretch session with a warm-up walk, then try each stretch and keep the ones that feel easy.',
       14, 2, 30, 1, 20 FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH';
INSERT INTO template_phase (template_id, phase_number, name, description, min_days, walks_per_day, minutes_per_walk,
                            stretch_sessions_per_day, warm_up_minutes)
SELECT id, 3, 'Strengthening',
       'Keep walking, and add the strengthening exercises your therapist has chosen for you.',
       14, 1, 30, 1, 20 FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH';

INSERT INTO template_exercise (phase_id, exercise_id, position, hold_seconds, reps, sets)
SELECT p.id, e.id, x.pos, e.default_hold_seconds, e.default_reps, e.default_sets
FROM template_phase p
JOIN program_template t ON t.id = p.template_id AND t.code = 'UPPER_BACK_WALK_STRETCH'
JOIN (SELECT 2 AS phase, 'FORWARD_HANG' AS code, 1 AS pos
      UNION ALL SELECT 2, 'SUPPORTED_HANG', 2
      UNION ALL SELECT 2, 'CHIN_TO_CHEST', 3
      UNION ALL SELECT 3, 'SUPPORTED_HANG', 1
      UNION ALL SELECT 3, 'SHOULDER_BLADE_SQUEEZE', 2
      UNION ALL SELECT 3, 'WALL_ANGEL', 3
      UNION ALL SELECT 3, 'BAND_ROW', 4) x ON x.phase = p.phase_number
JOIN exercise e ON e.code = x.code;
