"""Qt widgets, dialogs, and the workers that bridge threads.

Widgets render; the controller decides.
"""
