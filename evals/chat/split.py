import json, random
from collections import defaultdict
lines=[json.loads(l) for l in open("evals/chat/lines.jsonl")]
by=defaultdict(list)
for l in sorted(lines,key=lambda x:x["id"]): by[l["expected"]["intent"]].append(l["id"])
rng=random.Random(20261203)
frozen=[]
for intent in sorted(by):
    ids=sorted(by[intent]); k=round(len(ids)/3)
    frozen+=rng.sample(ids,k)
frozen=sorted(frozen)
dev=sorted(i for i in (l["id"] for l in lines) if i not in set(frozen))
json.dump({"seed":20261203,"method":"random.Random(seed).sample over each intent's sorted ids, a third (rounded) per intent, intents in sorted order","frozen":frozen,"dev":dev},open("evals/chat/splits.json","w"),indent=1)
print(len(frozen),len(dev))
