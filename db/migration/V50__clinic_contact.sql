-- The clinic's contact details, shown to patients with safety advice and on the printed handout.
-- The phone, e-mail and address are the clinic's own; until an admin sets them, screens say so.
INSERT INTO clinic_setting (name, value) VALUES
    ('clinic.name', 'Upright Physiotherapy'),
    ('clinic.phone', ''),
    ('clinic.email', ''),
    ('clinic.address', ''),
    ('clinic.emergencyNumber', '112');
