import type { ModelParams } from './model';

/** Trained by packages/match/bench/train-default.ts (EM on synthetic, unlabelled records); see training. */
export const DEFAULT_MODEL: ModelParams = {
  "format": "kinlink-match-model",
  "formatVersion": 1,
  "modelVersion": "synth-em-2026-11-29",
  "prior": 0.000008603824297074181,
  "comparisons": [
    {
      "field": "name",
      "levels": [
        {
          "label": "exact",
          "m": 0.8014190009621182,
          "u": 0.0011324801815968222,
          "tf": true
        },
        {
          "label": "strong",
          "m": 0.004957180334371826,
          "u": 0.0000024999562507656116
        },
        {
          "label": "reordered",
          "m": 0.08837135833189215,
          "u": 0.0001924966313089521
        },
        {
          "label": "lineage-prefix",
          "m": 0.03482357716186214,
          "u": 0.00680738087083476
        },
        {
          "label": "weak",
          "m": 0.0327782770470887,
          "u": 0.0006424887564467622
        },
        {
          "label": "partial",
          "m": 0.032693425828295326,
          "u": 0.134070153772309
        },
        {
          "label": "different",
          "m": 0.004957180334371826,
          "u": 0.857152499831253
        }
      ]
    },
    {
      "field": "father_name",
      "levels": [
        {
          "label": "exact",
          "m": 0.983257187002987,
          "u": 0.2076736927015747,
          "tf": true
        },
        {
          "label": "similar",
          "m": 0.004988244959406247,
          "u": 0.004047276680812261
        },
        {
          "label": "different",
          "m": 0.011754568037606678,
          "u": 0.7882790306176131
        }
      ]
    },
    {
      "field": "grandfather_name",
      "levels": [
        {
          "label": "exact",
          "m": 0.9900990098738148,
          "u": 0.19708579324205502
        },
        {
          "label": "similar",
          "m": 0.004950495063092649,
          "u": 0.0033915337269187287
        },
        {
          "label": "different",
          "m": 0.004950495063092649,
          "u": 0.7995226730310262
        }
      ]
    },
    {
      "field": "mother_name",
      "levels": [
        {
          "label": "exact",
          "m": 0.9838388908294327,
          "u": 0.3324339338147766
        },
        {
          "label": "similar",
          "m": 0.01118598469572704,
          "u": 0.0029362748988175542
        },
        {
          "label": "different",
          "m": 0.004975124474840351,
          "u": 0.6646297912864059
        }
      ]
    },
    {
      "field": "sex",
      "levels": [
        {
          "label": "same",
          "m": 0.9950248752393684,
          "u": 0.5309094072796874
        },
        {
          "label": "different",
          "m": 0.004975124760631562,
          "u": 0.46909059272031256
        }
      ]
    },
    {
      "field": "birth_date",
      "levels": [
        {
          "label": "exact",
          "m": 0.33441951817240506,
          "u": 0.000022499606256890504
        },
        {
          "label": "near",
          "m": 0.028171144885651894,
          "u": 0.000302494706342639
        },
        {
          "label": "year-month",
          "m": 0.004975124815211206,
          "u": 0.00046749181889316937
        },
        {
          "label": "year",
          "m": 0.4720411216745148,
          "u": 0.013987255223033597
        },
        {
          "label": "within-1",
          "m": 0.09889824223448916,
          "u": 0.030046974177951886
        },
        {
          "label": "within-5",
          "m": 0.013022296283924477,
          "u": 0.11330051724094828
        },
        {
          "label": "different",
          "m": 0.048472551933803516,
          "u": 0.8418727672265736
        }
      ]
    },
    {
      "field": "birth_place",
      "levels": [
        {
          "label": "same",
          "m": 0.9732336971717349,
          "u": 0.03136128196827452
        },
        {
          "label": "similar",
          "m": 0.004950495049509355,
          "u": 0.000013488723427214848
        },
        {
          "label": "same-country",
          "m": 0.016865312729246525,
          "u": 0.2665236861983382
        },
        {
          "label": "different",
          "m": 0.004950495049509355,
          "u": 0.7021015431099601
        }
      ]
    },
    {
      "field": "nationality",
      "levels": [
        {
          "label": "same",
          "m": 0.9950248728340886,
          "u": 0.2975760121199394
        },
        {
          "label": "different",
          "m": 0.00497512716591138,
          "u": 0.7024239878800606
        }
      ]
    },
    {
      "field": "address",
      "levels": [
        {
          "label": "same",
          "m": 0.009965015571116096,
          "u": 0.016432434742048162
        },
        {
          "label": "similar",
          "m": 0.004950495326137725,
          "u": 0.00017447222152987214
        },
        {
          "label": "partly",
          "m": 0.004950495326137725,
          "u": 0.0000035606575822422884
        },
        {
          "label": "same-place",
          "m": 0.018699564388323965,
          "u": 0.015955306626027694
        },
        {
          "label": "different",
          "m": 0.9614344293882846,
          "u": 0.967434225752812
        }
      ]
    },
    {
      "field": "document_number",
      "levels": [
        {
          "label": "exact",
          "m": 0.9900980357323376,
          "u": 0.00008565310492505354
        },
        {
          "label": "one-edit",
          "m": 0.004950982133831329,
          "u": 0.00008565310492505354
        },
        {
          "label": "different",
          "m": 0.004950982133831329,
          "u": 0.9998286937901499
        }
      ]
    },
    {
      "field": "phone",
      "levels": [
        {
          "label": "exact",
          "m": 0.9900990055110283,
          "u": 0.00008418217021634818
        },
        {
          "label": "same-national",
          "m": 0.004950497244485951,
          "u": 0.000028060723405449393
        },
        {
          "label": "different",
          "m": 0.004950497244485951,
          "u": 0.9998877571063782
        }
      ]
    }
  ],
  "training": {
    "trainedAt": "2026-11-29T20:23:33.133Z",
    "source": "kinlink synth --people 20000 --requests 4000 --seed 7 (registry + requests, unlabelled)",
    "records": 24601,
    "randomPairs": 200000,
    "blockedPairs": 59841,
    "emIterations": 98,
    "converged": true
  }
};
