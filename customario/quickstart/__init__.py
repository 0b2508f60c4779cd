"""`customario quickstart`: the main job on the embedded default, as steps."""
