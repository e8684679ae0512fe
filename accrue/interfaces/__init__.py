"""The ways people and systems use accrue: the command line, the chat and the service (webhooks, the approval
inbox, the watched folder). They start and decide runs through `RunService` and read through the read model.
"""
