"""The branch's records and what can be computed from them.

No Qt and no reportlab here: the GUI, the command line and the tests all call these functions.
"""
