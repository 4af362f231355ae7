-- Two built-in exercises named icons that the Vaadin icon set does not have; use ones it has.
UPDATE exercise SET icon = 'vaadin:male' WHERE code = 'WALK' AND icon = 'vaadin:walking';
UPDATE exercise SET icon = 'vaadin:arrow-long-down' WHERE code = 'SUPPORTED_HANG' AND icon = 'vaadin:arrows-long-down';
