"""The record view: one registration with its history and the actions the role allows."""
