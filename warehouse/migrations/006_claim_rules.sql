-- Issue 13: claims are read by new rules (claims beyond the cue words; facts normalised). Each
-- version's claim_extractions row records the rules its claims were read with, and the process
-- stage reads again, a batch at a time, the claims of versions read with older rules (1).
ALTER TABLE claim_extractions ADD COLUMN rules INTEGER;
UPDATE claim_extractions SET rules = 1;
