-- An exercise's name, instructions and cautions in another language. English stays in exercise itself
-- and is the fallback wherever a language has no row; a clinic adds rows for its own exercises.
CREATE TABLE exercise_translation (
    exercise_id      BIGINT        NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    name             VARCHAR(120)  NOT NULL,
    instructions     VARCHAR(4000) NOT NULL,
    cautions         VARCHAR(1000) NULL,
    PRIMARY KEY (exercise_id, language),
    CONSTRAINT fk_exercise_translation_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE,
    CONSTRAINT ck_exercise_translation_language CHECK (language IN ('de', 'es')),
    CONSTRAINT ck_exercise_translation_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_exercise_translation_instructions CHECK (CHAR_LENGTH(TRIM(instructions)) > 0)
);

INSERT INTO exercise_translation (exercise_id, language, name, instructions, cautions)
SELECT e.id, t.language, t.name, t.instructions, t.cautions
FROM exercise e
JOIN (
    SELECT 'WALK' AS code, 'de' AS language, 'Entspannter Spaziergang' AS name,
           'Gehen Sie in einem leichten, angenehmen Tempo auf ebenem Boden. Lassen Sie die Arme locker mitschwingen und die Schultern entspannt. Lassen Sie schwere Taschen zu Hause: Tragen Sie nichts Schwereres als ein Telefon oder Schlüssel. Es kommt mehr darauf an, jeden Tag zu gehen, als weit oder schnell.' AS instructions,
           'Gehen Sie langsamer oder bleiben Sie stehen, wenn die Schmerzen im Rücken beim Gehen deutlich zunehmen.' AS cautions
    UNION ALL SELECT 'WALK', 'es', 'Paseo tranquilo',
           'Camine a un ritmo suave y cómodo por terreno llano. Deje que los brazos se balanceen libremente y mantenga los hombros sueltos. Deje las bolsas pesadas en casa: no lleve nada más pesado que un teléfono o unas llaves. Hacerlo cada día importa más que ir lejos o rápido.',
           'Vaya más despacio o pare si el dolor de espalda empeora claramente mientras camina.'
    UNION ALL SELECT 'FORWARD_HANG', 'de', 'Vorbeuge im Stehen',
           'Stellen Sie sich mit etwa 30 cm Abstand zwischen den Füßen hin, die Knie leicht gebeugt. Rollen Sie sich langsam nach vorn ab und lassen Sie den Oberkörper Richtung Boden hängen. Lassen Sie Kopf, Nacken, Schultern und Arme ganz locker. Es ist egal, ob Ihre Hände den Boden erreichen. Zum Aufrichten beugen Sie die Knie etwas mehr, lassen den Rücken rund und das Kinn eingezogen und rollen sich langsam auf, bis Sie stehen.',
           'Wenn es wehtut, wärmen Sie sich zuerst mit einem längeren Spaziergang auf und versuchen Sie es später noch einmal. Richten Sie sich langsam auf, damit Ihnen nicht schwindlig wird.'
    UNION ALL SELECT 'FORWARD_HANG', 'es', 'Flexión hacia delante de pie',
           'Póngase de pie con los pies separados unos 30 cm y las rodillas un poco flexionadas. Enróllese despacio hacia delante y deje colgar la parte superior del cuerpo hacia el suelo. Deje la cabeza, el cuello, los hombros y los brazos completamente sueltos. No importa si las manos llegan al suelo. Para subir, flexione un poco más las rodillas, mantenga la espalda redondeada y la barbilla recogida, y desenróllese despacio hasta estar de pie.',
           'Si duele, caliente antes con un paseo más largo y vuelva a intentarlo más tarde. Suba despacio para no marearse.'
    UNION ALL SELECT 'SUPPORTED_HANG', 'de', 'Gestützte Vorbeuge',
           'Stellen Sie sich hin wie bei der Vorbeuge, die Knie gebeugt, und lehnen Sie sich nach vorn, bis die Ellbogen knapp über den Knien auf den Oberschenkeln liegen. Lassen Sie Kopf und Nacken locker nach unten hängen. Die Beine tragen jetzt einen Teil Ihres Gewichts, sodass der Rücken loslassen kann, während sich die obere Wirbelsäule dehnt. Ein paar leise Knackgeräusche zwischen den Schulterblättern sind normal.',
           'Sanfter als die Vorbeuge im Stehen, gut an einem steifen oder schmerzhaften Tag.'
    UNION ALL SELECT 'SUPPORTED_HANG', 'es', 'Flexión hacia delante con apoyo',
           'Colóquese como para la flexión hacia delante, con las rodillas flexionadas, e inclínese hasta apoyar los codos en los muslos justo por encima de las rodillas. Deje que la cabeza y el cuello se relajen hacia abajo. Ahora las piernas soportan parte de su peso, así que la espalda puede soltarse mientras se estira la parte alta de la columna. Es normal notar algunos chasquidos suaves entre los omóplatos.',
           'Una opción más suave que la flexión de pie para un día de rigidez o dolor.'
    UNION ALL SELECT 'CHIN_TO_CHEST', 'de', 'Kinn zur Brust',
           'Stehen Sie aufrecht mit entspannten Schultern. Senken Sie das Kinn langsam zur Brust, halten Sie es dort, während Sie bis fünf zählen, und heben Sie den Kopf dann langsam wieder an.',
           'Lassen Sie diese Übung weg, wenn Sie sich am Nacken verletzt haben.'
    UNION ALL SELECT 'CHIN_TO_CHEST', 'es', 'Barbilla al pecho',
           'Póngase de pie, erguido y con los hombros relajados. Baje despacio la barbilla hacia el pecho, manténgala ahí mientras cuenta hasta cinco y luego levante la cabeza despacio.',
           'Omita este ejercicio si se ha lesionado el cuello.'
    UNION ALL SELECT 'SHOULDER_BLADE_SQUEEZE', 'de', 'Schulterblätter zusammenziehen',
           'Sitzen oder stehen Sie aufrecht, die Arme seitlich am Körper. Ziehen Sie die Schulterblätter nach hinten und etwas nach unten, als wollten Sie einen Stift dazwischen halten. Halten, dann ganz lösen.',
           'Halten Sie die Schultern weg von den Ohren und atmen Sie normal weiter.'
    UNION ALL SELECT 'SHOULDER_BLADE_SQUEEZE', 'es', 'Juntar los omóplatos',
           'Siéntese o póngase de pie, erguido, con los brazos a los lados. Lleve los omóplatos hacia atrás y un poco hacia abajo, como si sujetara un lápiz entre ellos. Mantenga y luego relaje del todo.',
           'Mantenga los hombros lejos de las orejas y respire con normalidad.'
    UNION ALL SELECT 'WALL_ANGEL', 'de', 'Wandgleiten',
           'Stellen Sie sich mit dem Rücken an eine Wand, die Füße etwas nach vorn. Heben Sie die Arme mit gebeugten Ellbogen auf Schulterhöhe, die Handrücken zur Wand. Schieben Sie die Arme langsam so weit nach oben, wie es angenehm ist, und wieder herunter.',
           'Gehen Sie nur so hoch, wie Sie können, ohne dass sich der untere Rücken von der Wand löst.'
    UNION ALL SELECT 'WALL_ANGEL', 'es', 'Deslizamiento en la pared',
           'Póngase de espaldas contra una pared, con los pies un poco adelantados. Levante los brazos a la altura de los hombros con los codos flexionados y el dorso de las manos hacia la pared. Deslice despacio los brazos hacia arriba hasta donde le resulte cómodo y vuelva a bajarlos.',
           'Suba solo hasta donde pueda sin que la zona lumbar se separe de la pared.'
    UNION ALL SELECT 'PRONE_Y_RAISE', 'de', 'Y-Heben in Bauchlage',
           'Legen Sie sich auf den Bauch, ein gefaltetes Handtuch unter der Stirn, die Arme in Y-Form über den Kopf gestreckt, Daumen nach oben. Heben Sie beide Arme ein paar Zentimeter vom Boden, indem Sie die Schulterblätter nach unten ziehen, halten Sie kurz und senken Sie sie langsam.',
           'Kleine, kontrollierte Bewegungen genügen; hören Sie auf, wenn Sie Schmerzen im Nacken spüren.'
    UNION ALL SELECT 'PRONE_Y_RAISE', 'es', 'Elevación en Y boca abajo',
           'Túmbese boca abajo con una toalla doblada bajo la frente y los brazos estirados por encima de la cabeza en forma de Y, con los pulgares hacia arriba. Levante ambos brazos unos centímetros del suelo llevando los omóplatos hacia abajo, mantenga un momento y baje despacio.',
           'Bastan elevaciones pequeñas y controladas; pare si nota dolor en el cuello.'
    UNION ALL SELECT 'BAND_ROW', 'de', 'Rudern mit Band',
           'Befestigen Sie ein Übungsband auf Brusthöhe. Halten Sie je ein Ende in einer Hand, die Arme gestreckt vor dem Körper, und ziehen Sie dann die Ellbogen dicht am Körper nach hinten, wobei Sie die Schulterblätter zusammenziehen. Langsam zurück.',
           'Wählen Sie ein Band, das Sie zehnmal in guter Haltung ziehen können.'
    UNION ALL SELECT 'BAND_ROW', 'es', 'Remo con banda',
           'Fije una banda elástica a la altura del pecho. Sujete un extremo con cada mano con los brazos estirados delante de usted y luego lleve los codos hacia atrás, pegados al cuerpo, juntando los omóplatos. Vuelva despacio.',
           'Elija una banda con la que pueda tirar diez veces con buena técnica.'
) t ON t.code = e.code AND e.built_in = TRUE;
