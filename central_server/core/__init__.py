"""What every part of the server shares: settings, the clock, keys, passwords."""
