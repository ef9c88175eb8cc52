"""Amending acts (ændringslove): written from two versions of a law, and consolidated into one."""
