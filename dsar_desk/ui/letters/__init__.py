"""Letters in the window: the letter dialog's helpers, printing, the case's saved letters."""
