"""The Actions step's parts: the action table model, the optional due date, the action form."""
